import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


async def fetch_all(requests):
    results = []
    for name, delay in requests:
        results.append(await fake_fetch(name, delay))
    return results


async def fetch_within(requests, timeout):
    return await fetch_all(requests)
