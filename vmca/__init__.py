"""The site: the top layer that joins the apps (home, academy, events, cms).

It holds what belongs to the whole site rather than to one app: the root URLconf and the
WSGI entry point. Nothing imports it. The settings stay in `cms/settings/`: they import no
app code (apps, middleware and gateways are named as strings), so they sit below every app.
The import rules are in pyproject.toml under [tool.importlinter].
"""
