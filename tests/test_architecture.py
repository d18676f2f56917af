"""The import graph of the package: layers run one way, no cycles, no stage imports another,
and the CLI starts without the pipeline or the database engine."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclaims

PACKAGE = Path(newsclaims.__file__).parent

#: Layers, lowest first. A module may import its own top-level package and any lower layer,
#: never a higher one or a sibling package of its own layer.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"errors", "settings", "model"}),
    frozenset({"records", "lexicons", "names"}),
    frozenset({"extract", "ingest"}),
    frozenset({"reconcile"}),
    frozenset({"store"}),
    frozenset({"derive"}),
    frozenset({"batch", "views"}),
    frozenset({"output", "scale"}),
    frozenset({"service"}),
    frozenset({"eval"}),
    frozenset({"api"}),
    frozenset({"web"}),
    frozenset({"cli"}),
    frozenset({"__main__"}),
)

#: The registered pipeline stages: none imports another (shared word lists live in data files
#: read by ``newsclaims.lexicons``, shared helpers in non-stage modules).
STAGES = frozenset(
    {"extract.attribution", "extract.entities", "extract.events", "extract.quantities",
     "extract.temporal"}
)  # fmt: skip


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> Iterator[str]:
    """Every ``newsclaims.*`` module a file imports (at any depth, lazy imports included),
    without the ``newsclaims.`` prefix."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            if name.startswith("newsclaims."):
                yield name.removeprefix("newsclaims.")


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path):
            # "from newsclaims.extract import entities" names a module; keep the longest known
            known = imported
            while known and known not in modules:
                known = known.rpartition(".")[0]
            if known and known != name:
                targets.add(known)
        graph[name] = targets
    return graph


def _layer(module: str) -> int:
    top = module.split(".", maxsplit=1)[0]
    for rank, layer in enumerate(LAYERS):
        if top in layer:
            return rank
    raise AssertionError(f"module {module} is in no layer: add its package to LAYERS")


def _stage(module: str) -> str | None:
    return next((s for s in STAGES if module == s or module.startswith(s + ".")), None)


def test_architecture_layers_run_one_way() -> None:
    wrong = []
    for source, targets in _graph().items():
        if not source:
            continue  # the package root re-exports the public API lazily
        for target in targets:
            same_package = source.split(".")[0] == target.split(".")[0]
            if not same_package and _layer(target) >= _layer(source):
                wrong.append(f"{source} -> {target}")
    assert wrong == []


def _cycles(graph: dict[str, set[str]]) -> list[str]:
    """Modules that reach themselves through their imports. A package's ``__init__`` importing
    its own submodules (re-exports) is not counted as an edge."""
    edges = {
        m: {t for t in ts if t in graph and not t.startswith(m + ".")} for m, ts in graph.items()
    }

    def reaches(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(edges[start])
        while todo:
            m = todo.pop()
            if m not in seen:
                seen.add(m)
                todo.extend(edges[m])
        return seen

    return sorted(m for m in edges if m in reaches(m))


def test_architecture_has_no_import_cycles() -> None:
    graph = {k: v for k, v in _graph().items() if k}
    assert _cycles(graph) == []


def test_architecture_cycle_check_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "p": {"p.x"}, "p.x": set()}
    assert _cycles(graph) == ["a", "b", "c"]


def test_architecture_no_stage_imports_another_stage() -> None:
    wrong = []
    for source, targets in _graph().items():
        mine = _stage(source)
        if mine is None:
            continue
        wrong += [f"{source} -> {t}" for t in targets if _stage(t) not in (None, mine)]
    assert wrong == []


def test_architecture_layer_check_catches_an_upward_import(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text("from newsclaims.cli import main\nimport newsclaims.store.sql\n")
    assert sorted(_imports(source)) == ["cli", "cli.main", "store.sql"]
    assert _layer("store.sql") < _layer("cli")


@pytest.mark.parametrize(
    "statement",
    ["import newsclaims", "import newsclaims.cli", "from newsclaims.cli import main"],
)
def test_architecture_cli_import_loads_no_pipeline_or_engine(statement: str) -> None:
    code = (
        f"{statement}\nimport sys\n"
        "print(sorted(m for m in ('spacy', 'sqlalchemy', 'thinc', 'numpy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_architecture_help_loads_no_pipeline() -> None:
    code = (
        "import sys\nfrom newsclaims.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, 'sqlalchemy' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert "Usage" in done.stdout or "usage" in done.stdout.lower()
    assert done.stderr.strip().splitlines()[-1] == "False False"


def test_architecture_test_modules_have_unique_names() -> None:
    """pytest imports test modules by basename (the test folders are not packages): two
    ``test_x.py`` in different folders stop the whole suite at collection."""
    tests = Path(__file__).parent
    seen: dict[str, Path] = {}
    for path in sorted(tests.rglob("test_*.py")):
        assert path.name not in seen, f"{path} and {seen[path.name]} share a name"
        seen[path.name] = path


def _data_paths(path: Path) -> Iterator[str]:
    """The packages whose folders a file builds a path into: the string operands of ``/``
    that start with a package's name (``DATA.parent / "extract" / "quantities"`` reads the
    extract layer's files)."""
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir()} & set().union(*LAYERS)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            for side in (node.left, node.right):
                if isinstance(side, ast.Constant) and isinstance(side.value, str):
                    top = side.value.strip("/").split("/")[0]
                    if top in packages:
                        yield top


def test_architecture_data_files_are_read_from_the_reader_layer_or_below() -> None:
    """A module reads the data files of its own package or of a lower layer, never those of a
    higher one: a word list two layers share lives in the lower one (``newsclaims/data``,
    read through ``lexicons``), so that layers run one way for data as for imports."""
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        source = _module_name(path)
        for target in _data_paths(path):
            if source.split(".")[0] != target and _layer(target) >= _layer(source or "model"):
                wrong.append(f"{source} reads {target}/")
    assert wrong == []


def test_architecture_data_check_catches_a_read_upward(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text('p = DATA.parent / "extract" / "quantities" / "data" / "x.tsv"\n')
    assert list(_data_paths(source)) == ["extract"]
    assert _layer("extract") > _layer("lexicons")


def _identity_comparisons(path: Path) -> Iterator[str]:
    """``is`` / ``is not`` comparisons in a module whose operands are not a constant, an enum
    member (``Stance.DENIED``), a module constant (``sre.LITERAL``) or a private function
    (``handler is _clock``). spaCy makes a new ``Token`` object at each access, so
    ``token.head is token`` is never true: a walk up the tree that stops on it never stops."""

    def allowed(side: ast.expr) -> bool:
        if isinstance(side, ast.Constant):
            return True
        if isinstance(side, ast.Attribute) and isinstance(side.value, ast.Name):
            return side.value.id[:1].isupper() or side.value.id == "sre"
        return isinstance(side, ast.Name) and side.id.startswith("_")

    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Is | ast.IsNot) and not (allowed(left) or allowed(right)):
                yield f"{path.name}:{node.lineno}: {ast.unparse(node)}"
            left = right


def test_architecture_extract_compares_tokens_by_value() -> None:
    """The stages compare spaCy tokens with ``==`` (same document and position), never with
    ``is``, which is always false between two accesses of one token."""
    wrong = [
        hit for path in (PACKAGE / "extract").rglob("*.py") for hit in _identity_comparisons(path)
    ]
    assert wrong == []


def test_architecture_identity_check_catches_a_token_compared_by_is(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        "while verb.head is not verb:\n    verb = verb.head\n"
        "ok = x is None or kind is Kind.EMPTY or op is sre.LITERAL or handler is _clock\n"
    )
    assert list(_identity_comparisons(source)) == ["m.py:1: verb.head is not verb"]
