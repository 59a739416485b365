"""The wheel, installed as a user would, works outside the repository.

Builds the wheel from a copy of the sources (no network: ``--no-build-isolation`` uses this
environment's setuptools), installs it into a fresh virtual environment that sees this one's
packages (``--system-site-packages``, so no dependency is downloaded) with ``--no-deps``, then
runs ``init``, ``build``, ``query``, ``report`` and ``viz`` in a folder outside the repository,
with ``PYTHONPATH`` cleared so that nothing can come from the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA, ROOT, SEED_ID

SOURCES = ("src", "setup.py", "pyproject.toml", "README.md", "MANIFEST.in")
SHIPPED = ("ontology", "queries", "data/reference")


def _env(cwd_home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k != "PYTHONPATH" and not k.startswith(("SECGRAPH_", "VIRTUAL_ENV"))
    }
    env["HOME"] = str(cwd_home)
    return env


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(the venv's bin folder, the wheel)."""
    top = tmp_path_factory.mktemp("install")
    source = top / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    for name in (*SOURCES, *SHIPPED):
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, source / name)
    env = _env(top)
    dist = top / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(dist),
            str(source),
        ],
        check=True,
        env=env,
        cwd=top,
    )
    (wheel,) = dist.glob("secgraph-*.whl")
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", str(top / "venv")],
        check=True,
        env=env,
    )
    bin_dir = top / "venv" / "bin"
    subprocess.run(
        [
            str(bin_dir / "python"),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--force-reinstall",
            str(wheel),
        ],
        check=True,
        env=env,
        cwd=top,
    )
    yield bin_dir, wheel


def test_wheel_carries_the_shipped_data(venv: tuple[Path, Path]) -> None:
    _, wheel = venv
    names = set(zipfile.ZipFile(wheel).namelist())
    for kind, folder, pattern in (
        ("ontology", "ontology", "*.ttl"),
        ("ontology", "ontology", "*.jsonld"),
        ("queries", "queries", "*.rq"),
        ("reference", "data/reference", "*.csv"),
        ("reference", "data/reference", "*.yaml"),
    ):
        expected = {p.name for p in (ROOT / folder).glob(pattern)}
        assert expected
        for name in expected:
            assert f"secgraph/_shipped/{kind}/{name}" in names


def test_installed_secgraph_works_outside_the_repository(
    venv: tuple[Path, Path], tmp_path: Path
) -> None:
    bin_dir, _ = venv
    env = _env(tmp_path)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"

    def run(*args: str, cwd: Path, code: int = 0) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(bin_dir / "secgraph"), *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == code, (args, done.stdout, done.stderr)
        return done

    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import secgraph; print(secgraph.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(bin_dir.parent) in where and str(ROOT) not in where

    # outside any project: commands that need one say so, and write nothing
    lost = run("build", cwd=tmp_path, code=2)
    assert "no secgraph project in" in lost.stderr and "secgraph init DIR" in lost.stderr
    assert not (tmp_path / "build").exists()
    listed = run("query", "list", cwd=tmp_path)  # the shipped queries need no project
    assert "partners" in listed.stdout

    run("init", "proj", cwd=tmp_path)
    project = tmp_path / "proj"
    articles = project / "data" / "articles"
    for suffix in (".yaml", ".txt"):
        shutil.copy2(DATA / "articles" / f"{SEED_ID}{suffix}", articles)
    (project / "queries" / "meetings.rq").write_text(
        "# title: Meetings\nSELECT ?m WHERE { ?m a sg:Meeting } ORDER BY ?m\n", encoding="utf-8"
    )
    built = run("build", cwd=project)
    assert "validation: conforms" in built.stdout
    assert (project / "build" / "store").exists()

    sub = project / "data"  # from a subfolder, the project is found above it, and said
    partners = run("query", "run", "partners", "-p", "country=PAK", "--format", "csv", cwd=sub)
    assert "United States" in partners.stdout
    assert f"project {project.resolve()}" in partners.stderr
    own = run("query", "run", "meetings", "--format", "csv", cwd=project)
    assert "islamabad-border-security-talks" in own.stdout

    report = run("report", cwd=project)
    assert Path(report.stdout.strip()) == project / "build" / "report.html"
    page = (project / "build" / "report.html").read_text(encoding="utf-8")
    assert "United States" in page and "could not run" not in page

    run("viz", "countries", "-o", "countries.svg", cwd=project)
    assert "<svg" in (project / "countries.svg").read_text(encoding="utf-8")

    # --project from elsewhere
    other = run(
        "--project",
        str(project),
        "query",
        "run",
        "partners",
        "-p",
        "country=USA",
        "--format",
        "csv",
        cwd=tmp_path,
    )
    assert "Pakistan" in other.stdout
