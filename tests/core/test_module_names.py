"""The package's modules bind each top-level name once.

The reader's word lists and patterns live at module level; a second pattern under the same name
silently replaces the first for every function that uses it (round 27 found two such pairs in
the check, each written for a reading of its own).
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

import wagtail_seloste

PACKAGE = Path(wagtail_seloste.__file__).parent
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _top_level_names(tree):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name
        elif isinstance(node, ast.Assign):
            yield from (t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path):
    counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []
