"""The staff group 'Vacaturebank' (VMCA's matching staff): the admin and every vacaturebank
model, as the academy's migration 0002 makes 'Academie'."""

from django.db import migrations

MODELS = (
    "vacancy",
    "organisationaccount",
    "reaction",
    "helprequest",
    "vacancychange",
    "moderationdecision",
    "vacancyalert",
)
ACTIONS = ("add", "change", "delete", "view")


def create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    wanted = [access_admin]
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="volunteering", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            wanted.append(permission)
    group, _ = Group.objects.get_or_create(name="Vacaturebank")
    group.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("volunteering", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
