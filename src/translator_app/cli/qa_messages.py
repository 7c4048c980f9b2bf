"""English sentences for QA finding codes, for ``qa`` and the review report written from the command line.

The window words the same codes through ``tr()``; keep the two in step when a code is added.
"""

from __future__ import annotations

from translator_app.domain.qa import Finding, QaCode

QA_MESSAGES: dict[QaCode, str] = {
    QaCode.TARGET_EMPTY: "the target is empty",
    QaCode.TARGET_SAME_AS_SOURCE: "the target is the same as the source: not translated?",
    QaCode.UNTRANSLATED_WORDS: "“{detail}” is left in the source language: not translated?",
    QaCode.NUMBER_MISSING: "number {detail} of the source is missing or changed in the target",
    QaCode.NUMBER_EXTRA: "number {detail} is in the target but not in the source",
    QaCode.NUMBER_FORMAT: (
        "number {detail} is not written the target language's way (decimal mark, thousands or percent)"
    ),
    QaCode.TAG_MISSING: "inline tag {detail} of the source is missing",
    QaCode.TAG_EXTRA: "inline tag {detail} is not in the source",
    QaCode.TAG_ORDER: "inline tags are not in the source's order (from {detail})",
    QaCode.TAG_UNBALANCED: "inline tag {detail} is not opened and closed properly",
    QaCode.URL_MISSING: "URL {detail} must be kept exactly as in the source",
    QaCode.EMAIL_MISSING: "e-mail address {detail} must be kept exactly as in the source",
    QaCode.PHONE_MISSING: "phone number {detail} must be kept exactly as in the source",
    QaCode.TERM_MISSING: "glossary term “{detail}” is not used",
    QaCode.TERM_FORBIDDEN: "“{detail}” is a variant the glossary forbids",
    QaCode.SPACE_LEADING: "the target's leading space differs from the source's",
    QaCode.SPACE_TRAILING: "the target's trailing space differs from the source's",
    QaCode.SPACE_DOUBLE: "double space",
    QaCode.END_PUNCTUATION: "end punctuation differs from the source ({detail})",
    QaCode.BRACKETS_UNBALANCED: "brackets are not balanced as in the source",
    QaCode.QUOTES_UNBALANCED: "quotation marks are not balanced as in the source",
    QaCode.FR_NBSP_MISSING: "French typography: a narrow no-break space is needed {detail}",
    QaCode.LENGTH_RATIO: "the target is {detail} times as long as the source",
    QaCode.REPEATED_WORD: "repeated word “{detail}”",
    QaCode.INCONSISTENT_TRANSLATION: "the same source is translated differently in {detail}",
}


def _detail(finding: Finding) -> str:
    detail = finding.detail
    if finding.code is QaCode.END_PUNCTUATION:
        return f"the source ends with “{detail}”" if detail else "the source ends without punctuation"
    if finding.code is QaCode.FR_NBSP_MISSING:
        return "after «" if detail == "«" else f"before “{detail}”"
    if finding.code is QaCode.INCONSISTENT_TRANSLATION:
        return ", ".join(f"#{number}" for number in detail.split(",") if number)
    return detail


def describe_finding(finding: Finding) -> str:
    """One English sentence for a finding."""
    return QA_MESSAGES[finding.code].format(detail=_detail(finding))
