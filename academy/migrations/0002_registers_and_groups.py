"""Default accreditation registers and the staff groups 'Academie' and 'Trainers'."""

from django.db import migrations

REGISTERS = [
    # name, short name, number pattern, hint
    ("Kwaliteitsregister V&V", "KR V&V", r"^\d{6,12}$", "Uw registratienummer, alleen cijfers."),
    ("Registerplein", "Registerplein", r"^4610\d{4,8}$", "Het nummer begint met 4610."),
    ("Stichting Kwaliteitsregister Jeugd (SKJ)", "SKJ", r"^\d{6,12}$", "Alleen cijfers."),
    ("BIG-register (GAIA)", "BIG", r"^\d{11}$", "11 cijfers, staat op uw BIG-pas."),
    ("Nederlands Instituut van Psychologen (NIP)", "NIP", "", ""),
]

ACADEMY_PERMISSIONS = {
    "edition": ["add", "change", "delete", "view"],
    "session": ["add", "change", "delete", "view"],
    "registration": ["add", "change", "view"],
    "participant": ["add", "change", "view", "export"],
    "professionalregistration": ["add", "change", "delete", "view"],
    "accreditationregister": ["add", "change", "view"],
    "outgoingmail": ["view"],
}
TRAINER_PERMISSIONS = {
    "edition": ["view"],
    "session": ["view"],
    "registration": ["view"],
    "participant": ["view"],
}


def _permissions(Permission, ContentType, wanted):
    found = []
    for model, actions in wanted.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="academy", model=model)
        for action in actions:
            codename = "export_participants" if action == "export" else f"{action}_{model}"
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": f"Can {action} {model}"},
            )
            found.append(permission)
    return found


def create(apps, schema_editor):
    Register = apps.get_model("academy", "AccreditationRegister")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for name, short_name, pattern, hint in REGISTERS:
        Register.objects.get_or_create(
            name=name,
            defaults={"short_name": short_name, "number_pattern": pattern, "number_hint": hint},
        )

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    for group_name, wanted in (("Academie", ACADEMY_PERMISSIONS), ("Trainers", TRAINER_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(access_admin, *_permissions(Permission, ContentType, wanted))


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
