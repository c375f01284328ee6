"""A MkDocs hook: the API reference's index lists every public name of ``jpo_model``.

The reference has a page per flat module (``reference/posts.md`` documents
``jpo_model.posts``) and a page per folder, with one section per module of the folder
(``reference/deadlines.md`` documents ``jpo_model.deadlines.deadline``, ``.policy`` and
``.parsing``). A page documents each module it names in a ``::: jpo_model.…`` directive; on
a page with several, each directive shows its module's heading (``show_root_heading``), so
the module has an anchor of its own.

The page ``reference/index.md`` holds the marker ``<!-- public-names -->``; this hook
replaces it, at build time, with every name in ``jpo_model.__all__``, grouped by reference
page and, on a page with several modules, by the module that defines it, each linked to its
documentation. A public name whose module has no reference page stops the build, and so
(in strict mode) does a link to a name or a module the reference does not document: the
list can never drift from the API.

After the build, every name in the ``__all__`` of each documented module must have its
anchor on the module's page (an object without a docstring is not rendered): the build
fails naming those that do not.
"""

from __future__ import annotations

import importlib
import re
import types
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

import jpo_model

MARKER = "<!-- public-names -->"
_DIRECTIVE = re.compile(r"^::: (jpo_model\.[\w.]+)\s*$", re.MULTILINE)
_TITLE = re.compile(r"^# (.+)$", re.MULTILINE)


def on_page_markdown(markdown: str, *, page: Any, config: Any, **kwargs: Any) -> str:  # noqa: ANN401, ARG001
    """Replace the marker with the list of public names, on the page that has it."""
    if MARKER not in markdown:
        return markdown
    reference = Path(page.file.abs_src_path).parent
    order = [Path(path).name for path in _nav_paths(config["nav"])]
    return markdown.replace(MARKER, _public_names(reference, order))


def on_post_build(*, config: Any, **kwargs: Any) -> None:  # noqa: ANN401, ARG001
    """Fail the build if a module's public name is missing from its reference page."""
    reference = Path(config["docs_dir"]) / "reference"
    site = Path(config["site_dir"]) / "reference"
    undocumented = []
    for module, (path, _) in _module_pages(reference).items():
        try:
            names = importlib.import_module(module).__all__
        except (ImportError, AttributeError):  # an optional extra, or no __all__
            continue
        html = (site / Path(path).stem / "index.html").read_text(encoding="utf-8")
        undocumented += [f"{module}.{n}" for n in names if f'id="{module}.{n}"' not in html]
    if undocumented:
        raise PluginError(
            "public names without documentation (add a docstring): " + ", ".join(undocumented)
        )


def _nav_paths(nav: Any) -> list[str]:  # noqa: ANN401 - MkDocs' nav is nested lists and dicts
    """Every page path in the navigation, in order."""
    if isinstance(nav, str):
        return [nav]
    items = nav.values() if isinstance(nav, dict) else nav
    return [path for item in items for path in _nav_paths(item)]


def _public_names(reference: Path, order: list[str]) -> str:
    """The Markdown list: one item per page, with one sub-item per module of a folder page."""
    modules = _module_pages(reference)
    grouped: dict[str, list[str]] = {module: [] for module in modules}
    for name in jpo_model.__all__:
        module = _defining_module(name, modules)
        if module == f"jpo_model.{name}":  # a subpackage: its page documents it
            grouped[module].append(f"[`{name}`]({modules[module][0]})")
        else:
            grouped[module].append(f"[`{name}`][{module}.{name}]")
    pages: dict[tuple[str, str], list[str]] = {}
    for module, page in modules.items():  # in page order, then the page's own order
        pages.setdefault(page, []).append(module)
    lines = []
    for (path, title), on_page in sorted(
        pages.items(),
        key=lambda item: order.index(item[0][0]) if item[0][0] in order else len(order),
    ):
        named = [module for module in on_page if grouped[module]]
        if not named:
            continue
        if len(on_page) == 1:
            lines += [f"- [{title}]({path}): " + ", ".join(grouped[on_page[0]])]
            continue
        lines += [f"- [{title}]({path})"]
        lines += [f"    - [`{m}`][{m}]: " + ", ".join(grouped[m]) for m in named]
    return "\n".join(lines) + "\n"


def _module_pages(reference: Path) -> dict[str, tuple[str, str]]:
    """Each documented module, with its page (relative to the reference) and the page's title.

    Pages come in file-name order, and a page's modules in the order of its directives.
    """
    pages = {}
    for path in sorted(reference.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = _TITLE.search(text)
        for module in _DIRECTIVE.findall(text):
            if module in pages:
                raise PluginError(
                    f"{module} is documented twice: on {pages[module][0]} and {path.name}"
                )
            pages[module] = (path.name, title.group(1) if title else module)
    return pages


def _defining_module(name: str, pages: dict[str, tuple[str, str]]) -> str:
    value = getattr(jpo_model, name)
    if isinstance(value, types.ModuleType):
        if value.__name__ in pages:
            return value.__name__
    else:
        defined_in = getattr(value, "__module__", None)
        for module in sorted(pages, key=lambda module: module != defined_in):
            try:
                candidate = importlib.import_module(module)
            except ImportError:  # an optional extra (strategies needs Hypothesis)
                continue
            if name in getattr(candidate, "__all__", ()) and getattr(candidate, name) is value:
                return module
    raise LookupError(f"jpo_model.{name} is public but no page in docs/reference documents it")
