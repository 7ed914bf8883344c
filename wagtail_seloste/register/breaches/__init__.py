"""The breach log (GDPR Art 33–34): what happened, the 72-hour clock, who is affected, what
was notified and when.

- ``scope.py``: who and which data a breach touched, estimated from the register; feature apps
  add what they hold with :func:`scope.register_breach_scope`;
- ``assessment.py``: the deadline in Helsinki time, the proposal whether to notify the Data
  Protection Ombudsman and the people, the fields the Ombudsman's notification asks;
- ``messages.py``: the message to the people affected, drafted in Finnish, Swedish and English
  and sent through the outbox;
- ``reminders.py``: the owner's reminder after 48 hours with nothing recorded;
- ``admin.py``: the log in the admin (``seloste/breaches/``), every step in the audit log.

Breaches are the accountability record of Art 33(5): kept, never purged with client data.
"""
