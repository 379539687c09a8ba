"""Findings and the reports that hold them: one shape for every check housestyle makes.

:func:`housestyle.check` (a chart), :func:`housestyle.check_brand` (a brand file) and
:func:`housestyle.palette_report` (a palette) each return a :class:`Findings`: a list of
:class:`Finding`, errors first, with ``.errors``, ``.warnings``, ``.ok``, ``.to_dict()``,
``.to_json()`` and a ``str()`` for people. Nothing here imports matplotlib.
"""

from __future__ import annotations

import html
import json
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Finding", "Findings"]

SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Finding:
    """One problem found in a chart.

    Attributes
    ----------
    rule
        The rule's name, such as ``"text_contrast"``.
    severity
        ``"error"`` (the chart fails) or ``"warning"`` (worth a look).
    artist
        What it concerns, in words: ``'tick label "2020" (axes 1)'`` in a chart,
        ``"palettes.categorical"`` in a brand (also read as ``subject``).
    message
        What is wrong, with the measured value and the brand's threshold.
    fix
        How to put it right (also read as ``suggestion``).
    count
        How many artists it concerns: findings of one rule with the same message on
        many artists are listed once, with a few of them named in ``artist``.
    """

    rule: str
    severity: str
    artist: str
    message: str
    fix: str
    count: int = 1

    @property
    def subject(self) -> str:
        """What it concerns: a chart's artist, or a brand's field (``artist``)."""
        return self.artist

    @property
    def suggestion(self) -> str:
        """How to put it right (``fix``)."""
        return self.fix


class Findings(list):
    """Findings about one subject, errors first: the base of every housestyle report.

    Parameters
    ----------
    findings
        The findings, in any order; errors are listed before warnings.
    subject
        What was checked, in words (a chart's title, a brand's name).
    """

    def __init__(self, findings: Any = (), subject: str = ""):
        super().__init__()
        self.subject = subject
        self.add(findings)

    def add(self, found: Any) -> None:
        """Add findings, keeping errors first."""
        order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
        self[:] = sorted([*self, *found], key=lambda f: order[f.severity])

    @property
    def findings(self) -> list[Finding]:
        """The findings as a plain list (the report is that list, with its figures)."""
        return list(self)

    @property
    def errors(self) -> list[Finding]:
        """The findings that make the subject fail."""
        return [finding for finding in self if finding.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        """The findings worth a look."""
        return [finding for finding in self if finding.severity == "warning"]

    @property
    def ok(self) -> bool:
        """True when there are no errors (warnings allowed)."""
        return not self.errors

    def counts(self) -> str:
        """The number of errors and warnings, in words: ``"1 error, 2 warnings"``."""
        errors, warnings = len(self.errors), len(self.warnings)
        return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"

    def summary(self) -> str:
        """One line: the subject and the counts."""
        return f"{self.subject!r}: {self.counts()}"

    def to_dict(self) -> dict[str, Any]:
        """The findings as plain data."""
        return {
            "ok": self.ok,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "findings": [asdict(finding) for finding in self],
        }

    def to_json(self) -> str:
        """The report as JSON text."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def __str__(self) -> str:
        lines = [self.summary()]
        for finding in self:
            lines.append(f"  {finding.severity:<7} {finding.rule}: {finding.artist}")
            lines.append(f"          {finding.message}")
            lines.append(f"          fix: {finding.fix}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.summary()}>"

    def _repr_html_(self) -> str:
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{html.escape(str(value))}</td>"
                for value in (f.severity, f.rule, f.artist, f.message, f.fix)
            )
            + "</tr>"
            for f in self
        )
        head = "".join(f"<th>{name}</th>" for name in ("", "rule", "what", "problem", "fix"))
        table = (
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>" if self else ""
        )
        return f"<div><p><strong>{html.escape(self.summary())}</strong></p>{table}</div>"
