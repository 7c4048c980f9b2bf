"""The window's wording of QA findings (one translatable sentence per finding code), of the MQM error
categories and severities, and of a written review report.

The domain returns codes and details only; the command line has its own English table. Keep both in step
when a code is added (a test checks every code has a sentence here).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from translator_app.domain.qa import Finding, QaCode, Severity
from translator_app.domain.review import ErrorCategory, ErrorSeverity
from translator_app.services.review_report import ReportOptions
from translator_app.ui.common.i18n import format_when

#: Called by this name with a literal context and text, so that ``lupdate`` finds every sentence.
translate = QCoreApplication.translate


def _messages() -> dict[QaCode, str]:
    """Built at call time so a UI language loaded after import applies."""
    return {
        QaCode.TARGET_EMPTY: translate("QaText", "The target is empty."),
        QaCode.TARGET_SAME_AS_SOURCE: translate(
            "QaText", "The target is the same as the source: not translated?"
        ),
        QaCode.UNTRANSLATED_WORDS: translate(
            "QaText", "“{detail}” is left in the source language: not translated?"
        ),
        QaCode.NUMBER_MISSING: translate(
            "QaText", "Number {detail} of the source is missing or changed in the target."
        ),
        QaCode.NUMBER_EXTRA: translate("QaText", "Number {detail} is in the target but not in the source."),
        QaCode.NUMBER_FORMAT: translate(
            "QaText",
            "Number {detail} is not written the target language's way (decimal mark, thousands or percent).",
        ),
        QaCode.TAG_MISSING: translate("QaText", "Inline tag {detail} of the source is missing."),
        QaCode.TAG_EXTRA: translate("QaText", "Inline tag {detail} is not in the source."),
        QaCode.TAG_ORDER: translate("QaText", "Inline tags are not in the source's order (from {detail})."),
        QaCode.TAG_UNBALANCED: translate("QaText", "Inline tag {detail} is not opened and closed properly."),
        QaCode.URL_MISSING: translate("QaText", "The URL {detail} must be kept exactly as in the source."),
        QaCode.EMAIL_MISSING: translate(
            "QaText", "The e-mail address {detail} must be kept exactly as in the source."
        ),
        QaCode.PHONE_MISSING: translate(
            "QaText", "The phone number {detail} must be kept exactly as in the source."
        ),
        QaCode.TERM_MISSING: translate("QaText", "The glossary term “{detail}” is not used."),
        QaCode.TERM_FORBIDDEN: translate("QaText", "“{detail}” is a variant the glossary forbids."),
        QaCode.SPACE_LEADING: translate("QaText", "The leading space differs from the source's."),
        QaCode.SPACE_TRAILING: translate("QaText", "The trailing space differs from the source's."),
        QaCode.SPACE_DOUBLE: translate("QaText", "Double space."),
        QaCode.END_PUNCTUATION: translate(
            "QaText", "The end punctuation differs from the source ({detail})."
        ),
        QaCode.BRACKETS_UNBALANCED: translate("QaText", "Brackets are not balanced as in the source."),
        QaCode.QUOTES_UNBALANCED: translate("QaText", "Quotation marks are not balanced as in the source."),
        QaCode.FR_NBSP_MISSING: translate(
            "QaText", "French typography: a narrow no-break space is needed {detail}."
        ),
        QaCode.LENGTH_RATIO: translate("QaText", "The target is {detail} times as long as the source."),
        QaCode.REPEATED_WORD: translate("QaText", "Repeated word “{detail}”."),
        QaCode.INCONSISTENT_TRANSLATION: translate(
            "QaText", "The same source is translated differently in {detail}."
        ),
    }


def _detail(finding: Finding) -> str:
    detail = finding.detail
    if finding.code is QaCode.END_PUNCTUATION:
        if detail:
            return translate("QaText", "the source ends with “{mark}”").format(mark=detail)
        return translate("QaText", "the source ends without punctuation")
    if finding.code is QaCode.FR_NBSP_MISSING:
        return (
            translate("QaText", "after «")
            if detail == "«"
            else translate("QaText", "before “{mark}”").format(mark=detail)
        )
    if finding.code is QaCode.INCONSISTENT_TRANSLATION:
        return ", ".join(f"#{number}" for number in detail.split(",") if number)
    return detail


def describe_finding(finding: Finding) -> str:
    """One sentence for a finding, in the UI language."""
    template = _messages().get(finding.code)
    if template is None:
        return f"{finding.code.value}: {finding.detail}"
    return template.format(detail=_detail(finding))


def known_codes() -> set[QaCode]:
    """The codes this module words (tests check none is forgotten)."""
    return set(_messages())


def severity_label(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return translate("QaText", "Error")
    if severity is Severity.WARNING:
        return translate("QaText", "Warning")
    return translate("QaText", "Note")


#: Colours of the underlines and the severity marks: red for errors, orange for warnings, grey for notes.
SEVERITY_COLORS: dict[Severity, str] = {
    Severity.ERROR: "#d32f2f",
    Severity.WARNING: "#ef6c00",
    Severity.INFO: "#757575",
}

SEVERITY_ICONS: dict[Severity, str] = {
    Severity.ERROR: "mdi6.alert-circle",
    Severity.WARNING: "mdi6.alert",
    Severity.INFO: "mdi6.information-outline",
}


def mqm_category_label(category: ErrorCategory) -> str:
    return {
        ErrorCategory.ACCURACY: translate("ReviewLabels", "Accuracy"),
        ErrorCategory.FLUENCY: translate("ReviewLabels", "Fluency"),
        ErrorCategory.TERMINOLOGY: translate("ReviewLabels", "Terminology"),
        ErrorCategory.STYLE: translate("ReviewLabels", "Style"),
        ErrorCategory.LOCALE_CONVENTION: translate("ReviewLabels", "Locale convention"),
    }[category]


def mqm_severity_label(severity: ErrorSeverity) -> str:
    return {
        ErrorSeverity.MINOR: translate("ReviewLabels", "Minor"),
        ErrorSeverity.MAJOR: translate("ReviewLabels", "Major"),
        ErrorSeverity.CRITICAL: translate("ReviewLabels", "Critical"),
    }[severity]


def review_report_options() -> ReportOptions:
    """Report options with the QA findings worded in the UI language."""
    return ReportOptions(describe=describe_finding)


def report_summary(report: object) -> str:
    """One line for the status bar: the report written, and its sign-off (or that there is none)."""
    path = getattr(report, "path", None)
    name = path.name if path is not None else ""
    rows = getattr(report, "written", 0)
    text = translate("ExportSummary", "Review report written to {name} ({rows} segments).")
    text = text.format(name=name, rows=rows)
    by = getattr(report, "signed_off_by", "")
    if by:
        when = format_when(getattr(report, "signed_off_at", None))
        return (
            text
            + " "
            + translate("ExportSummary", "Signed off by {user} ({when}).").format(user=by, when=when)
        )
    return text + " " + translate("ExportSummary", "Not signed off.")
