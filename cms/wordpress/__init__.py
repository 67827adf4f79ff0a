"""Moving the old WordPress site in (issue 19).

`wxr` reads a WordPress export file (WXR) as a stream of plain records; `html_blocks`
turns a post's body (classic or block editor) into the blocks of a page's body, with
`shortcodes` for WordPress's [shortcodes]; `media` turns attachments into Wagtail images
and documents (once each, found again by a `wordpress-<id>` tag and the file's hash) and
resolves every address a post can use for them; `taxonomy` decides page types,
publishing, themes, tags, persons, dates and slugs; `redirects` gives every old address a
301. `importer.import_export` runs them in order and writes, `report` is what it tells;
`manage.py import_wordpress` and the admin (`runs`, `admin_views`) call it.
wagtail-wordpress-import was not used: its last release supports Wagtail 2-4 and pins
lxml < 4.8 and bleach 4.1.
"""
