import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def make_owner(django_user_model):
    site = Site.objects.get(is_default_site=True)
    group = Group.objects.create(name="Owner")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label__startswith="wagtail_seloste"),
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(group=group, page=site.root_page, permission=Permission.objects.get(codename=codename))
    user = django_user_model.objects.create_user("owner", password="pw-owner-1")
    user.groups.add(group)
    return user


import os
def test_walk(demo_url, new_page, django_user_model, axe_violations):
    from wagtail_seloste.booking.models import Booking, Client
    from wagtail_seloste.rights.models import RightsRequest
    from wagtail_seloste.notice.models import NoticePage
    make_owner(django_user_model)
    client = Client.objects.first()
    booking = Booking.objects.first()
    req = RightsRequest.objects.first()
    notice = NoticePage.objects.first()
    pages = {
        "record": "/admin/seloste/record/",
        "client": f"/admin/seloste/clients/inspect/{client.pk}/",
        "client_edit": f"/admin/seloste/clients/edit/{client.pk}/",
        "booking": f"/admin/seloste/bookings/inspect/{booking.pk}/",
        "bookings": "/admin/seloste/bookings/",
        "clients": "/admin/seloste/clients/",
        "requests": "/admin/tietopyynnot/",
        "request": f"/admin/tietopyynnot/{req.pk}/",
        "outbox": "/admin/seloste/outbox/",
        "import": "/admin/seloste/import/",
        "review": f"/admin/seloste/review/{notice.pk}/",
        "settings": "/admin/settings/wagtail_seloste/selostesettings/",
        "rsettings": "/admin/settings/wagtail_seloste_rights/rightssettings/",
        "processors": "/admin/seloste/processors/",
        "breaches": "/admin/seloste/breaches/",
        "activities": "/admin/seloste/record/activities/",
        "consents": "/admin/seloste/consents/",
    }
    page = new_page(javascript=True)
    page.set_viewport_size({"width": int(os.environ.get("WIDTH", "360")), "height": 800})
    page.goto(demo_url + "/admin/login/")
    page.locator("input[name=username]").fill("owner")
    page.locator("input[name=password]").fill("pw-owner-1")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(demo_url + "/admin/")

    only = os.environ.get("ONLY", "").split(",")
    for name, url in pages.items():
        if only != [""] and name not in only:
            continue
        resp = page.goto(demo_url + url)
        sw = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        wide = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""")
        page.screenshot(path=f"/tmp/polish/{name}.png", full_page=os.environ.get("FULL") == "1")
        n = page.evaluate('''() => { const cw = document.documentElement.clientWidth; const t = [...document.querySelectorAll('main table, main form, main .w-field, header')].find(e => e.getBoundingClientRect().right > cw + 1); if (!t) return null; t.scrollIntoView(); let a = t.parentElement, clip = []; while (a) { const cs = getComputedStyle(a); if (cs.overflowX !== 'visible') clip.push(a.tagName + '.' + a.className.toString().slice(0,40) + ':' + cs.overflowX); a = a.parentElement; } return clip; }''')
        if n is not None:
            page.screenshot(path=f"/tmp/polish/{name}_wide.png")
            print("  clipped by", n)
        if os.environ.get("DUMP"):
            print(page.evaluate(os.environ["DUMP"]))
        v = axe_violations(page)
        print(name, resp.status, page.url[len(demo_url):], sw, wide, v)
