#!/usr/bin/env python3
"""Regenerates the demo Word documents in samples/documents/ (run from anywhere: python3 samples/make_docx.py).

A .docx is a zip of XML parts; the three below are the minimum Word and NarrativeLint open:
[Content_Types].xml, _rels/.rels and word/document.xml. The zip entries carry a fixed timestamp,
so regenerating an unchanged document gives the same bytes.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "documents")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""


def paragraph(text, lang, heading=False):
    """One w:p with one run; headings are bold and larger (no styles part needed)."""
    props = f'<w:lang w:val="{lang}"/>'
    if heading:
        props = '<w:b/><w:sz w:val="32"/>' + props
    return (f'    <w:p><w:r><w:rPr>{props}</w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>\n')


def document_xml(paragraphs, lang):
    body = "".join(paragraph(text, lang, heading=i == 0) for i, text in enumerate(paragraphs))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\n'
            '  <w:body>\n' + body +
            '    <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>\n'
            '  </w:body>\n</w:document>\n')


def write_docx(name, paragraphs, lang):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in (("[Content_Types].xml", CONTENT_TYPES),
                           ("_rels/.rels", RELS),
                           ("word/document.xml", document_xml(paragraphs, lang))):
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    print("wrote", os.path.relpath(path))


# A Romanian partner brochure with the mistakes a rushed translation makes.
BROCHURE_RO = [
    "Acme Cloud pentru agenții partenere",
    "Găzduim aplicațiile clienților dumneavoastră în centrele noastre de date din Europa.",
    "Oferim o disponibilitate garantată de 100% pentru toate aplicațiile.",
    "Găzduirea noastră este prietenoasă cu mediul și complet ecologică.",
    "Agențiile partenere primesc un comision de 15% pentru fiecare client nou.",
]

# An English service overview for procurement teams: clean, every figure as registered.
OVERVIEW_EN = [
    "Acme Cloud service overview",
    "Acme Cloud hosts web applications and databases for small teams in Europe.",
    "Availability: Acme Cloud is available 99.9% of the time, every month, and we credit your bill when we miss it.",
    "Support: our support team answers every request within 24 hours, in English, Italian and Romanian.",
    "Pricing: the Starter plan costs €19 per month, with daily backups and free SSL included.",
    "Privacy: we never sell customer data.",
]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write_docx("2025-12-01-brosura-parteneri.ro.docx", BROCHURE_RO, "ro-RO")
    write_docx("2025-09-15-service-overview.docx", OVERVIEW_EN, "en-GB")
