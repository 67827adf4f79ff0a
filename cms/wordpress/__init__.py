"""Moving the old WordPress site in (issue 19).

`wxr` reads a WordPress export file (WXR) as a stream of plain records; `html_blocks`
turns a post's body (classic or block editor) into the blocks of a page's body, with
`shortcodes` for WordPress's [shortcodes]. The importer (`import_wordpress`, next) builds
on them. wagtail-wordpress-import was not used: its last release supports Wagtail 2-4 and
pins lxml < 4.8 and bleach 4.1.
"""
