"""Staff side of the academy in the Wagtail admin (menu 'Academie'); wired up in wagtail_hooks."""
