"""The staff group 'Mantelzorgconsulenten': the admin, the call-back requests of the
wegwijzer (see and follow up) and its anonymous counts (the report 'Wegwijzer in cijfers').
Hoofdredactie may read the counts too."""

from django.db import migrations

GROUP = "Mantelzorgconsulenten"
PERMISSIONS = (
    ("callbackrequest", "view"),
    ("callbackrequest", "change"),
    ("answercount", "view"),
)


def _permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename}
    )
    return permission


def create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    wanted = [_permission(apps, "wagtailadmin", "admin", "access_admin")]
    wanted += [
        _permission(apps, "guide", model, f"{action}_{model}") for model, action in PERMISSIONS
    ]
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*wanted)
    editors = Group.objects.filter(name="Hoofdredactie").first()
    if editors is not None:
        editors.permissions.add(_permission(apps, "guide", "answercount", "view_answercount"))


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0003_wegwijzer"),
        ("cms", "0002_locales_groups_and_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
