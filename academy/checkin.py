"""The personal check-in QR code: what it encodes, and how it travels inside an e-mail.

The QR encodes the absolute address of the check-in page (academy:checkin) with the
person's short code. A trainer scans it with the phone camera and lands on a page that
asks to confirm; anyone else who opens the address learns nothing. The same address
is used in Mijn academie and in the confirmation e-mail, built from the site's root URL
(there is no request when a mail is rendered).
"""

from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart

from django.core.mail import EmailMultiAlternatives
from django.utils.translation import gettext

from . import qr
from .links import absolute_reverse

# The Content-ID of the QR image inside a confirmation e-mail (the HTML says cid:...).
QR_CONTENT_ID = "checkin-qr@vmca"


def checkin_url(registration):
    return absolute_reverse("academy:checkin", code=registration.checkin_code)


def qr_svg(registration):
    title = gettext("QR-code om in te checken. Uw code is %(code)s.") % {
        "code": registration.display_checkin_code
    }
    return qr.svg(checkin_url(registration), scale=5, title=title, css_class="qr checkin-qr")


def qr_png(registration):
    return qr.png(checkin_url(registration), scale=6)


class MessageWithInlineImages(EmailMultiAlternatives):
    """An e-mail whose HTML part shows images sent along with it (cid: addresses).

    The HTML and its images form one multipart/related part inside the
    multipart/alternative, so clients show the image in the text and not as a loose
    attachment, and the plain-text part stays as it is.
    """

    def __init__(self, *args, inline_images=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.inline_images = list(inline_images)  # (content_id, png bytes)

    def _create_alternatives(self, msg):
        msg = super()._create_alternatives(msg)
        if not self.inline_images or not msg.is_multipart():
            return msg
        parts = msg.get_payload()
        for index, part in enumerate(parts):
            if part.get_content_type() == "text/html":
                related = MIMEMultipart("related")
                related.attach(part)
                for content_id, data in self.inline_images:
                    image = MIMEImage(data, "png")
                    image.add_header("Content-ID", f"<{content_id}>")
                    image.add_header("Content-Disposition", "inline", filename="qr-code.png")
                    related.attach(image)
                parts[index] = related
        return msg


def inline_images_for(mail):
    """The images an outbox mail's HTML refers to: the check-in QR of its registration."""
    if f"cid:{QR_CONTENT_ID}" not in (mail.body_html or ""):
        return []
    from .models import Registration

    registration = Registration.objects.filter(pk=mail.registration_id).first()
    if registration is None:
        return []
    return [(QR_CONTENT_ID, qr_png(registration))]
