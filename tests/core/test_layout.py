"""The package's layout rules: dependencies point one way and no module imports itself back.

- the core (``wagtail_seloste`` outside the feature apps) never imports a feature app;
- a feature app (cookies, booking, rights) imports the core, never another feature app;
- the core's root holds only what serves the whole site (at most 12 modules); the notice, the
  register and the outbox each live in their package;
- inside the core, the register reads the notice and may use the outbox; the notice imports
  neither, and the outbox imports neither (docs/development.md);
- an app's views are reached only from its pages' routes, its URLs and its admin hooks;
- no import cycles between modules, counting only imports made at module level (imports
  inside functions run on demand and are how a page's routes reach its app's views).
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "wagtail_seloste"
FEATURE_APPS = ("cookies", "booking", "rights")
CORE_PACKAGES = ("notice", "register", "outbox")
# What serves the whole site stays at the core's root; everything else has a package.
ROOT_MODULES = {
    "__init__",
    "apps",
    "cache",  # every cache read and write of the plugin, failures read as misses
    "conf",
    "links",  # absolute addresses in emails, calendar files, feeds and exports
    "log",
    "middleware",
    "models",  # only what Django loads: the models of the packages
    "ratelimit",
    "registry",  # the documented import path of the registry (docs/registry.md)
    "signals",
    "wagtail_hooks",
    # an app process made ready before it serves (wsgi.py): URLs, templates, translations
    "warmup",
}
# Which core package may import which: the notice is read by the register; the outbox is used
# by the register; neither the notice nor the outbox knows the others.
CORE_MAY_IMPORT = {
    "notice": set(),
    "outbox": set(),
    "register": {"notice", "outbox"},
}
# The modules through which an app's views are reached (routes, URLs, admin hooks).
VIEWS_REACHED_FROM = ("pages", "models", "urls", "wagtail_hooks")


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


def core_package_of(module):
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in CORE_PACKAGES else None


def test_the_core_root_holds_only_what_serves_the_whole_site():
    root = sorted(p.stem for p in PACKAGE.glob("*.py"))
    misplaced = [name for name in root if name not in ROOT_MODULES]

    assert misplaced == [], (
        f"these belong in wagtail_seloste/notice/, register/ or outbox/: {misplaced}"
    )
    assert len(root) <= 13


@pytest.mark.parametrize(
    "path",
    [p for p in source_files() if core_package_of(module_name(p))],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_core_packages_import_each_other_in_one_direction(path):
    source = core_package_of(module_name(path))
    against = sorted(
        target
        for target in imports(path, top_level_only=False)
        if core_package_of(target) not in (None, source)
        and core_package_of(target) not in CORE_MAY_IMPORT[source]
    )
    assert against == [], f"{source} must not import {against} (see docs/development.md)"


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_views_are_reached_only_from_routes_urls_and_hooks(path):
    module = module_name(path)
    importers_of_views = sorted(
        target
        for target in imports(path, top_level_only=False)
        if target.endswith(".views")
        and target.rpartition(".")[0] == module.rpartition(".")[0]
        and module.rpartition(".")[2] not in VIEWS_REACHED_FROM
    )
    assert importers_of_views == [], f"{module} must not import the views: {importers_of_views}"


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
