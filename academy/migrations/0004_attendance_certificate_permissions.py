"""Academy staff may take attendance and issue or revoke certificates; trainers may take
attendance in their own editions and see (not issue) certificates."""

from django.db import migrations

ACADEMY = {
    "attendance": ["add", "change", "view", "take"],
    "certificate": ["view", "issue", "revoke"],
    "certificaterun": ["view"],
    "accreditationexport": ["view"],
    "certificatesettings": ["change"],
}
TRAINERS = {
    "attendance": ["add", "change", "view", "take"],
    "certificate": ["view"],
}
CODENAMES = {"take": "take_attendance", "issue": "issue_certificate", "revoke": "revoke_certificate"}


def _permissions(Permission, ContentType, wanted):
    found = []
    for model, actions in wanted.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="academy", model=model)
        for action in actions:
            codename = CODENAMES.get(action, f"{action}_{model}")
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": f"Can {action} {model}"},
            )
            found.append(permission)
    return found


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, wanted in (("Academie", ACADEMY), ("Trainers", TRAINERS)):
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*_permissions(Permission, ContentType, wanted))


class Migration(migrations.Migration):
    dependencies = [("academy", "0003_attendance_certificates")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
