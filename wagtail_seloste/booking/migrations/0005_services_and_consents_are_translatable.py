"""Services and consent checkboxes become translatable (TranslatableMixin, issue 21).

Existing rows take their page's locale and a translation key of their own; rows of a page's
translations that stand at the same place in the list as the source page's rows share that
row's key, so wagtail-localize sees them as translations of one service (a page copied with
simple_translation keeps its rows in the source's order).
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill_locale_and_keys(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    for model_name in ("Service", "ConsentCheckbox"):
        model = apps.get_model("wagtail_seloste_booking", model_name)
        page_ids = model.objects.values_list("page_id", flat=True).distinct()
        pages = {
            page.pk: page
            for page in Page.objects.filter(pk__in=list(page_ids)).only(
                "pk", "locale_id", "translation_key"
            )
        }
        # Group the booking pages by their translation key; the oldest page is the source.
        groups = {}
        for page in pages.values():
            groups.setdefault(page.translation_key, []).append(page.pk)
        for ids in groups.values():
            ids.sort()
            keys = []
            for page_id in ids:
                rows = list(model.objects.filter(page_id=page_id).order_by("sort_order", "pk"))
                for index, row in enumerate(rows):
                    if index >= len(keys):
                        keys.append(uuid.uuid4())
                    row.translation_key = keys[index]
                    row.locale_id = pages[page_id].locale_id
                    row.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0001_initial"),
        ("wagtail_seloste_booking", "0004_marketing_to_existing_customers"),
    ]

    operations = [
        migrations.AddField(
            model_name="service",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="service",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="consentcheckbox",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="consentcheckbox",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(fill_locale_and_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="service",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="service",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="consentcheckbox",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="consentcheckbox",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="service",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="consentcheckbox",
            unique_together={("translation_key", "locale")},
        ),
    ]
