import pycountry

from framing.attribution import gazetteer


def test_the_countries_are_pycountrys_in_its_order():
    names = [(c["name"], c.get("common_name"), c.get("official_name"))
             for c in gazetteer.countries()]
    expected = [(c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
                for c in pycountry.countries]
    assert names == expected and len(names) > 240
