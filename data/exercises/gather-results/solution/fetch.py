import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


async def fetch_all(requests):
    return await asyncio.gather(*(fake_fetch(name, delay) for name, delay in requests))


async def _within(name, delay, timeout):
    try:
        return await asyncio.wait_for(fake_fetch(name, delay), timeout)
    except asyncio.TimeoutError:
        return None


async def fetch_within(requests, timeout):
    return await asyncio.gather(*(_within(name, delay, timeout) for name, delay in requests))
