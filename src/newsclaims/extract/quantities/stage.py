"""The quantities stage as a spaCy component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsclaims.extract.guard import guarded
from newsclaims.extract.quantities.figures import find_quantities
from newsclaims.extract.spans import char_spans


@Language.component(
    "newsclaims_quantities",
    requires=["token.dep", "token.lemma", "doc.spans", "doc._.newsclaims_times"],
    assigns=["doc.spans", "doc._.newsclaims_quantities"],
)
@guarded("newsclaims_quantities")
def quantities_component(doc: Doc) -> Doc:
    """Write figures to the doc."""
    drafts = find_quantities(doc)
    doc._.newsclaims_quantities = drafts
    doc.spans["newsclaims_quantities"] = char_spans(
        doc, ((d.start, d.end, d.unit or "count") for d in drafts)
    )
    return doc
