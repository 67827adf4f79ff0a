"""Why a service said no to an organisation's request, in words a page can show."""


class Refused(Exception):
    """The request is understood but not allowed now. `status` is the HTTP answer a view
    gives (409: the state does not allow it; 403: not for this person)."""

    def __init__(self, message, status=409):
        super().__init__(str(message))
        self.message = message
        self.status = status
