"""What a format parser returns, and the separator-based rebuild shared by the plain-text formats.

Every segment carries ``separator``: the exact characters between its source and the next segment's source
(spaces, line breaks, a list bullet). Characters before the first segment (leading blank lines) are the
document's ``skeleton``. So ``doc.skeleton + "".join(s.source + s.separator for s in doc.segments)`` is the
original text, byte for byte, and an export only swaps each source for its target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from translator_app.domain.models import Block, Segment


@dataclass
class ParsedDocument:
    """A document read into blocks and segments, ready to be stored as a release."""

    blocks: list[Block] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    title: str = ""
    """The headline, on one line; empty when the document has none."""
    skeleton: str = ""
    """For plain text: the whitespace before the first segment (usually empty)."""
    encoding: str = ""
    """The text encoding the file was read in (empty for Word files)."""
    encoding_guessed: bool = False
    """True when that encoding was inferred from the text: the import says so."""

    def original_text(self) -> str:
        """The text the document was parsed from, rebuilt from the skeleton and the segments."""
        return self.skeleton + "".join(segment.source + segment.separator for segment in self.segments)


def render_segments(
    segments: Sequence[Segment],
    targets: Sequence[str | None] | None = None,
    *,
    keep_untranslatable: bool = True,
    prefix: str = "",
) -> str:
    """Rebuild a text from its segments, each replaced by its target when it has one.

    ``targets[i]`` replaces ``segments[i].source``; ``None`` or an empty string keeps the source (a segment
    not yet translated). Untranslatable segments (navigation, separators) are left out unless
    ``keep_untranslatable``. With the sources as targets and ``keep_untranslatable`` the result is ``prefix``
    plus the original text, exactly.
    """
    if targets is not None and len(targets) != len(segments):
        raise ValueError(f"{len(targets)} targets for {len(segments)} segments")
    texts: list[str | None] = []
    for index, segment in enumerate(segments):
        target = targets[index] if targets is not None else None
        if not segment.translatable and not keep_untranslatable:
            texts.append(None)
        else:
            texts.append(target if target else segment.source)
    return assemble(segments, texts, prefix)


def assemble(segments: Sequence[Segment], texts: Sequence[str | None], prefix: str = "") -> str:
    """Write ``texts[i]`` in place of each segment's source, keeping the separators; ``None`` leaves the
    segment out, and when a left-out segment ended a line its line break is kept so that the text around
    it does not run together."""
    pieces: list[str] = []
    pending = prefix
    for segment, text in zip(segments, texts, strict=True):
        if text is None:
            separator = segment.separator
            if "\n" in separator:  # keep the line break already due, take what opens the next line
                cut = separator.rfind("\n") + 1
                if not pieces:
                    pending = prefix + separator[cut:]
                else:
                    head = pending[: pending.rfind("\n") + 1] if "\n" in pending else separator[:cut]
                    pending = head + separator[cut:]
            continue
        pieces.append(pending)
        pieces.append(text)
        pending = segment.separator
    pieces.append(pending)
    return "".join(pieces)
