"""Signing in with a password: the same hashing work whether or not the account exists.

The sign-in form sends an e-mail address both as `email` and as `username` (a user name
may look like an address), and allauth's backend then checks the password of the account
with that address twice, while for an unknown address it hashes once (its stand-in for
the missing account). A wrong password for an existing address took 1.5 times as long as
for an unknown one: enough to tell, by timing, who has an account.
"""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend


class AuthenticationBackend(AllauthBackend):
    """allauth's backend, checking each account's password at most once per sign-in."""

    def authenticate(self, request, **credentials):
        # Django makes a new backend object for every authenticate() call, so this
        # memory lasts one sign-in attempt.
        self._checked = {}
        return super().authenticate(request, **credentials)

    def _check_password(self, user, password):
        if user is None:
            return super()._check_password(user, password)
        if user.pk not in self._checked:
            self._checked[user.pk] = super()._check_password(user, password)
        return self._checked[user.pk]
