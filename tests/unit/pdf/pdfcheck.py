"""Reading a built PDF the way a reader's viewer does (pypdf), for the newsletter tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject


def text_of(path: Path) -> str:
    """All page text with whitespace (line breaks of wrapped labels, no-break spaces) as one
    space, so a phrase is found whatever the layout did to it."""
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font used on any page (also inside form XObjects): base name -> embedded?"""
    found: dict[str, bool] = {}

    def walk(resources: Any) -> None:
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject):
            return
        for font in (_resolve(resources.get("/Font")) or {}).values():
            font = _resolve(font)
            descendants = [_resolve(d) for d in _resolve(font.get("/DescendantFonts", []))]
            for face in descendants or [font]:
                descriptor = _resolve(face.get("/FontDescriptor"))
                embedded = descriptor is not None and any(
                    k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                found[str(face.get("/BaseFont"))] = embedded
        for xobject in (_resolve(resources.get("/XObject")) or {}).values():
            xobject = _resolve(xobject)
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found
