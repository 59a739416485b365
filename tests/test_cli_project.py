"""Projects: ``secgraph init``, finding the project like git (or by --project and
SECGRAPH_PROJECT), the project's own reference entries and queries over the shipped ones,
``secgraph list`` and the build summary's file names."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import DATA, SEED_ID

from secgraph.cli import cli
from secgraph.errors import InputError
from secgraph.project import CONFIG_NAME, init_project, read_project


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new project holding the seed article, the current folder."""
    monkeypatch.delenv("SECGRAPH_PROJECT", raising=False)
    root = tmp_path / "proj"
    result = invoke("init", str(root))
    assert result.exit_code == 0, result.output
    for suffix in (".yaml", ".txt"):
        shutil.copy2(DATA / "articles" / f"{SEED_ID}{suffix}", root / "data" / "articles")
    monkeypatch.chdir(root)
    return root


def test_init_makes_a_project(project: Path) -> None:
    assert (project / CONFIG_NAME).is_file()
    for folder in ("data/articles", "data/reference", "queries"):
        assert (project / folder).is_dir()
    p = read_project(project)
    assert (p.data, p.build, p.queries, p.ontology) == (
        project.resolve() / "data",
        project.resolve() / "build",
        project.resolve() / "queries",
        None,
    )


def test_init_refuses_an_existing_project(project: Path) -> None:
    result = invoke("init", str(project))
    assert result.exit_code == 2
    assert result.stderr == (
        f"secgraph: {project / CONFIG_NAME}: already a secgraph project; init another folder\n"
    )


def test_no_project_is_an_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: outside the clone, build read the clone's data/ and wrote ./build."""
    monkeypatch.delenv("SECGRAPH_PROJECT", raising=False)
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    result = invoke("build")
    assert result.exit_code == 2
    assert result.stderr == (
        f"secgraph: no secgraph project in {empty} or above it (no {CONFIG_NAME}); create one "
        "with 'secgraph init DIR', or name one with --project DIR or SECGRAPH_PROJECT\n"
    )
    assert list(empty.iterdir()) == []


def test_commands_find_the_project_above_and_say_so(project: Path) -> None:
    built = invoke("build")
    assert built.exit_code == 0, built.output
    assert "secgraph: project" not in built.stderr  # the current folder: nothing to say
    sub = project / "data" / "articles"
    os.chdir(sub)
    result = invoke("query", "run", "partners", "-p", "country=PAK", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "United States" in result.stdout
    assert result.stderr == (
        f"secgraph: project {project.resolve()} (found above the current folder); "
        f"build {project.resolve() / 'build'}\n"
    )


@pytest.mark.parametrize("how", ["--project", "SECGRAPH_PROJECT"])
def test_project_by_option_or_environment(project: Path, tmp_path: Path, how: str) -> None:
    assert invoke("build").exit_code == 0
    os.chdir(tmp_path)
    args = ["query", "run", "partners", "-p", "country=USA", "--format", "csv"]
    if how == "--project":
        result = invoke("--project", str(project), *args)
    else:
        result = invoke(*args, env={"SECGRAPH_PROJECT": str(project)})
    assert result.exit_code == 0, result.output
    assert "Pakistan" in result.stdout
    assert f"secgraph: project {project.resolve()} ({how})" in result.stderr


def test_own_reference_entries_extend_and_override_the_shipped_ones(project: Path) -> None:
    (project / "data" / "reference" / "officials.yaml").write_text(
        "- id: elizabeth-horst\n  name: Elizabeth A. Horst\n  country: USA\n"
        "- id: new-envoy\n  name: New Envoy\n  country: IND\n",
        encoding="utf-8",
    )
    assert invoke("build").exit_code == 0
    result = invoke("list", "officials", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert any(
        r.startswith("official:elizabeth-horst,Elizabeth A. Horst,country:USA") for r in rows
    )
    assert any(r.startswith("official:new-envoy,New Envoy,country:IND") for r in rows)
    assert any(r.startswith("official:farid-ud-din-khan,Farid-ud-Din Khan") for r in rows)


def test_own_queries_extend_and_override_the_shipped_ones(project: Path) -> None:
    queries = project / "queries"
    (queries / "partners.rq").write_text(
        "# title: My partners\nSELECT ?n WHERE { BIND(42 AS ?n) } ORDER BY ?n\n", encoding="utf-8"
    )
    (queries / "mine.rq").write_text(
        "# title: Mine\nSELECT ?m WHERE { ?m a sg:Meeting } ORDER BY ?m\n", encoding="utf-8"
    )
    listed = invoke("query", "list").stdout.splitlines()
    assert (
        "partners                My partners" in listed and "mine                    Mine" in listed
    )
    assert any(line.startswith("meeting-leaders") for line in listed)  # shipped, still there
    assert invoke("build").exit_code == 0
    assert invoke("query", "run", "partners", "--format", "csv").stdout == "n\n42\n"


def test_build_summary_names_changed_files(project: Path) -> None:
    articles = project / "data" / "articles"
    for i in range(7):
        shutil.copy2(articles / f"{SEED_ID}.yaml", articles / f"copy{i}.yaml")
        shutil.copy2(articles / f"{SEED_ID}.txt", articles / f"copy{i}.txt")
    first = invoke("build")
    assert first.exit_code == 0, first.output
    added = [line for line in first.stdout.splitlines() if line.startswith("  added: ")]
    assert added == [
        "  added: data/articles/copy0.yaml, data/articles/copy1.yaml, data/articles/copy2.yaml, "
        "data/articles/copy3.yaml, data/articles/copy4.yaml and 3 more (-v names all)"
    ]
    (articles / "copy3.yaml").unlink()
    again = invoke("build", "-v")
    assert "  removed: data/articles/copy3.yaml" in again.stdout.splitlines()


def test_list_kinds(project: Path) -> None:
    assert invoke("build").exit_code == 0
    threats = invoke("list", "threats", "--format", "csv").stdout.splitlines()
    assert threats[0] == "id,label,also,meetings"
    assert any(r.startswith("threat:terrorism,terrorism,") and r.endswith(",1") for r in threats)
    countries = invoke("list", "countries", "--format", "csv").stdout.splitlines()
    assert "country:PAK,Pakistan,PK,1" in countries and "country:IND,India,IN,0" in countries
    projections = invoke("list", "projections").stdout
    assert "country-official" in projections
    bad = invoke("list", "cities")
    assert bad.exit_code == 2 and "'cities' is not one of 'areas', 'threats'" in bad.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[project]\ndata = \n", "secgraph.toml:2: broken TOML: Invalid value; fix the syntax"),
        (
            '[project]\nbuidl = "out"\n',
            "secgraph.toml: unknown key 'buidl' in [project]; did you mean 'build'?",
        ),
        (
            '[paths]\ndata = "x"\n',
            "secgraph.toml: unknown table [paths]; secgraph.toml has [project] and [query] only",
        ),
    ],
)
def test_bad_config(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / CONFIG_NAME).write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_project(tmp_path)
    assert str(err.value) == f"{tmp_path.resolve()}/{message}"


def test_init_project_library(tmp_path: Path) -> None:
    p = init_project(tmp_path / "x")
    assert p.config.read_text(encoding="utf-8").startswith("# A secgraph project.")
