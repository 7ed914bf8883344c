"""A finding of the completeness check: a stable code, its severity, a message and its law."""

from dataclasses import asdict, dataclass

# Unlawful or misleading as written: the notice must be fixed.
ERROR = "error"
# Likely incomplete: worth a look, may be right for this business.
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    section: str | None = None
    # The provision the rule comes from, e.g. "GDPR Art 13(2)(b)"; empty for house rules.
    source: str = ""
    # The sentences of the notice the finding rests on, as written ("Ajan varaamalla asiakas
    # suostuu …"); empty when the finding is about something the notice does not say.
    sentences: tuple[str, ...] = ()

    def as_dict(self):
        data = asdict(self)
        data["sentences"] = list(self.sentences)
        return data


def sort_findings(findings):
    """Errors first, otherwise in the order found (stable)."""
    return sorted(findings, key=lambda f: f.severity != ERROR)


def has_errors(findings):
    return any(f.severity == ERROR for f in findings)
