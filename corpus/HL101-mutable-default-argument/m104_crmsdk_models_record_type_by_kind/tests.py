import unittest

import crm


def tenant_api(tenant):
    """A fake API for one tenant; each tenant defines its own custom field."""
    custom_field = f"cf_{tenant}"

    def transport(path):
        kind, record_id = path.split("/")[2], int(path.rsplit("/", 1)[1])
        if kind == "contacts":
            payload = {"id": record_id, "name": f"Ann {record_id}",
                       "email": f"ann{record_id}@example.com"}
        else:
            payload = {"id": record_id, "title": f"Deal {record_id}", "amount": 10 * record_id}
        payload[custom_field] = f"segment-{record_id % 3}"
        return payload

    return transport


class RecordTests(unittest.TestCase):
    tenant = 0

    def test_contacts_and_deals_decode(self):
        client = crm.CrmClient(tenant_api(self.tenant), schema=crm.models)
        contact, = client.get_many("contact", [7])
        deal = client.get("deal", 3)
        self.assertEqual(contact.email, "ann7@example.com")
        self.assertEqual(deal.amount, 30)
        self.assertEqual(deal.custom[f"cf_{self.tenant}"], "segment-0")
