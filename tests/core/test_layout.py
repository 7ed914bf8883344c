"""The package's layout rules: dependencies point one way and no module imports itself back.

- the core (``wagtail_seloste`` outside the feature apps) never imports a feature app;
- a feature app (cookies, booking, rights) imports the core, never another feature app;
- no import cycles between modules, counting only imports made at module level (imports
  inside functions run on demand and are how a page's routes reach its app's views).
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "wagtail_seloste"
FEATURE_APPS = ("cookies", "booking", "rights")


def module_name(path):
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path, *, top_level_only):
    """The ``wagtail_seloste`` modules that ``path`` imports (a name imported from a package may
    be a module: both the package and ``package.name`` are returned)."""
    tree = ast.parse(path.read_text())
    package = (
        module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    )
    nodes = tree.body if top_level_only else ast.walk(tree)
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] == "wagtail_seloste"}


def app_of(module):
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in FEATURE_APPS else "core"


def source_files():
    return [p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts]


def known_modules():
    return {module_name(p) for p in source_files()}


def test_the_package_has_the_three_feature_apps():
    for app in FEATURE_APPS:
        assert (PACKAGE / app / "apps.py").exists()


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_from_feature_apps_to_the_core(path):
    source = app_of(module_name(path))
    forbidden = sorted(
        target
        for target in imports(path, top_level_only=False)
        if app_of(target) not in ("core", source)
    )
    assert forbidden == [], f"{source} must reach these only through the core: {forbidden}"


def test_module_level_imports_have_no_cycle():
    modules = known_modules()
    graph = {
        module_name(p): {t for t in imports(p, top_level_only=True) if t in modules}
        for p in source_files()
    }
    # A module's own package (and its ancestors) is initialised before the module runs, so an
    # import of it (``from . import vocabulary``) is no cycle.
    for module, targets in graph.items():
        parts = module.split(".")
        ancestors = {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
        targets.difference_update(ancestors)
    visiting, done, cycles = set(), set(), []

    def visit(node, stack):
        visiting.add(node)
        for target in graph.get(node, ()):
            if target in visiting:
                cycles.append(stack[stack.index(target) :] + [target])
            elif target not in done:
                visit(target, stack + [target])
        visiting.discard(node)
        done.add(node)

    for module in sorted(graph):
        if module not in done:
            visit(module, [module])
    assert cycles == []
