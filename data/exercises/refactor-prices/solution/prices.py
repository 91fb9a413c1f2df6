RATES = {"DE": 0.19, "FR": 0.20, "NL": 0.21, "LU": 0.17}


def price_with_tax(net, country):
    rate = RATES.get(country)
    if rate is None:
        raise ValueError(f"no tax rate for {country}")
    return round(net * (1 + rate), 2)
