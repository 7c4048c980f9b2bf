"""The published interchange schemas the tests validate exports against, vendored under ``tests/schemas``.

They import ``xml.xsd`` by its web address; the resolver hands lxml the local copy, so validation needs no
network and no file outside the repository.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

SCHEMAS = Path(__file__).resolve().parent / "schemas"
XML_XSD = SCHEMAS / "xliff2.1" / "informativeCopiesOf3rdPartySchemas" / "w3c" / "xml.xsd"


def schema_path(*parts: str) -> Path:
    path = SCHEMAS.joinpath(*parts)
    assert path.is_file(), f"vendored schema missing: {path}"
    return path


class _LocalXmlNamespace(etree.Resolver):
    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        if system_url and system_url.endswith("xml.xsd"):
            return self.resolve_filename(str(XML_XSD), context)
        return None


def xml_schema(*parts: str) -> etree.XMLSchema:
    """An XSD from ``tests/schemas`` (``xml.xsd`` resolved locally)."""
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalXmlNamespace())
    return etree.XMLSchema(etree.parse(str(schema_path(*parts)), parser))


def dtd(*parts: str) -> etree.DTD:
    return etree.DTD(str(schema_path(*parts)))
