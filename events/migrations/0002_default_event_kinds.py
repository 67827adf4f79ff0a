"""The kinds of activity the agenda filters on; the academy's sessions are 'training'."""

from django.db import migrations

KINDS = [
    ("werkcafe", "Werkcafé", "Work café"),
    ("informatiebijeenkomst", "Informatiebijeenkomst", "Information meeting"),
    ("spreekuur", "Spreekuur", "Drop-in hour"),
    ("training", "Training", "Training"),
    ("ontmoeting", "Ontmoeting", "Get-together"),
]


def create_kinds(apps, schema_editor):
    EventKind = apps.get_model("events.EventKind")
    for slug, name, name_en in KINDS:
        EventKind.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})


def grant_kind_permissions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _created = ContentType.objects.get_or_create(app_label="events", model="eventkind")
    grants = {"Hoofdredactie": ["add", "change", "delete", "view"], "Redactie": ["view"]}
    for group in Group.objects.filter(name__in=grants):
        for action in grants[group.name]:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_eventkind",
                defaults={"name": f"Can {action} soort activiteit"},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial"), ("cms", "0002_locales_groups_and_workflow")]

    operations = [
        migrations.RunPython(create_kinds, migrations.RunPython.noop),
        migrations.RunPython(grant_kind_permissions, migrations.RunPython.noop),
    ]
