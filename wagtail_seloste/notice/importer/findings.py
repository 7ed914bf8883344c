"""What the importer could not decide alone: notes for the owner, beside the completeness check.

They have the shape of the check's findings (``code``, ``severity``, ``message``, ``section``),
so the commands and the admin print both lists alike; they are not part of the notice dict.
"""

from dataclasses import asdict, dataclass

WARNING = "warning"


@dataclass
class ImportFinding:
    code: str
    message: str
    section: str = ""  # the heading of the section the note is about
    severity: str = WARNING

    def as_dict(self):
        return asdict(self)
