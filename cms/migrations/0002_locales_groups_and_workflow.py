"""English locale, the editorial groups and the approval workflow.

Redactie writes and submits pages; Hoofdredactie approves and publishes.
Every page change goes through "Goedkeuring door de hoofdredactie".
"""

from django.db import migrations

PAGE_PERMISSIONS = {
    "Redactie": ["add_page", "change_page"],
    "Hoofdredactie": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    "Redactie": [
        ("wagtailimages", "image", ["add", "change", "choose"]),
        ("wagtaildocs", "document", ["add", "change", "choose"]),
    ],
    "Hoofdredactie": [
        ("wagtailimages", "image", ["add", "change", "choose", "delete"]),
        ("wagtaildocs", "document", ["add", "change", "choose", "delete"]),
    ],
}
MODEL_PERMISSIONS = {
    "Redactie": [
        ("cms", "person", ["add", "change", "view"]),
        ("cms", "partner", ["add", "change", "view"]),
        ("cms", "theme", ["view"]),
        ("cms", "audience", ["view"]),
        ("cms", "wijk", ["view"]),
    ],
    "Hoofdredactie": [
        ("cms", "person", ["add", "change", "delete", "view"]),
        ("cms", "partner", ["add", "change", "delete", "view"]),
        ("cms", "theme", ["add", "change", "delete", "view"]),
        ("cms", "audience", ["add", "change", "delete", "view"]),
        ("cms", "wijk", ["add", "change", "delete", "view"]),
        ("cms", "sitesettings", ["change"]),
        ("wagtailredirects", "redirect", ["add", "change", "delete"]),
    ],
}


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return permission


def create_locales_groups_and_workflow(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    Locale.objects.get_or_create(language_code="en")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")

    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(access_admin)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=_permission(apps, "wagtailcore", "page", codename),
            )
        for app_label, model, actions in COLLECTION_PERMISSIONS[name]:
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, model, f"{action}_{model}"),
                )
        for app_label, model, actions in MODEL_PERMISSIONS[name]:
            for action in actions:
                group.permissions.add(_permission(apps, app_label, model, f"{action}_{model}"))

    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name="Controle door de hoofdredactie",
        defaults={"content_type": task_type, "active": True},
    )
    task.groups.set([groups["Hoofdredactie"]])
    workflow, _created = Workflow.objects.get_or_create(
        name="Goedkeuring door de hoofdredactie", defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Wagtail's own example workflow gives way to ours.
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def remove_groups_and_workflow(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=PAGE_PERMISSIONS).delete()
    apps.get_model("wagtailcore.Workflow").objects.filter(
        name="Goedkeuring door de hoofdredactie"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("home", "0002_create_homepage"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_locales_groups_and_workflow, remove_groups_and_workflow)]
