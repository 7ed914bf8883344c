"""The wizard's session storage: the session is written only when the wizard's data changed."""

import copy

from formtools.wizard.storage.session import SessionStorage


class ChangedOnlySessionStorage(SessionStorage):
    """formtools' ``SessionStorage`` marks the session modified whenever its data is read, so
    every request of the wizard rewrote the session row, each GET of a step too (three queries
    on SQLite: BEGIN, UPDATE, COMMIT). This storage compares the wizard's data at the end of
    the request with what it read, and marks the session modified only when they differ: what
    is stored, and when, is the same."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A copy: formtools changes the stored dict in place.
        self._as_read = copy.deepcopy(self.request.session.get(self.prefix))

    def _get_data(self):
        return self.request.session[self.prefix]

    data = property(_get_data, SessionStorage._set_data)

    def update_response(self, response):
        super().update_response(response)
        if self.request.session.get(self.prefix) != self._as_read:
            self.request.session.modified = True
