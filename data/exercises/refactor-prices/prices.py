def price_with_tax(net, country):
    if country == "DE":
        gross = net * 1.19
        return round(gross, 2)
    elif country == "FR":
        gross = net * 1.20
        return round(gross, 2)
    elif country == "NL":
        gross = net * 1.21
        return round(gross, 2)
    elif country == "LU":
        gross = net * 1.17
        return round(gross, 2)
    else:
        raise ValueError(f"no tax rate for {country}")
