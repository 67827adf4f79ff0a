"""Academy staff see payments, refund them, mark invoices paid, export them for the
bookkeeping and keep VMCA's invoice details. Trainers get nothing here: what someone paid
is not theirs to see."""

from django.db import migrations

ACADEMY = {
    "payment": ["view", "refund", "mark_paid", "export"],
    "refund": ["view"],
    "invoice": ["view"],
    "paymentevent": ["view"],
    "paymentsettings": ["change"],
}
# The custom permissions of Payment.Meta.permissions, with their own names.
CUSTOM = {
    "refund": ("refund_payment", "Kan betalingen terugbetalen"),
    "mark_paid": ("mark_invoice_paid", "Kan facturen als betaald markeren"),
    "export": ("export_payments", "Kan betalingen exporteren"),
}


def _permissions(Permission, ContentType, wanted):
    found = []
    for model, actions in wanted.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="academy", model=model)
        for action in actions:
            codename, name = CUSTOM.get(action, (f"{action}_{model}", f"Can {action} {model}"))
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )
            found.append(permission)
    return found


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name="Academie")
    group.permissions.add(*_permissions(Permission, ContentType, ACADEMY))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Academie").first()
    if group is None:
        return
    models = list(ACADEMY)
    group.permissions.remove(
        *Permission.objects.filter(
            content_type__app_label="academy", content_type__model__in=models
        )
    )


class Migration(migrations.Migration):
    dependencies = [("academy", "0005_payments")]

    operations = [migrations.RunPython(grant, revoke)]
