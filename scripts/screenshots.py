#!/usr/bin/env python3
"""Takes the README's screenshots of the page: drives headless Chromium through chromedriver's W3C WebDriver API
(Python's standard library only) over a running `chronograph serve`, one view address per picture, each taken once
the view has drawn.

    screenshots.py SERVER_URL CHROMEDRIVER_URL OUT_DIR

Called by scripts/screenshots.sh, which builds the demo graph, serves it and starts chromedriver.
"""
import base64
import json
import sys
import time
import urllib.parse
import urllib.request

WIDTH, HEIGHT = 1440, 1050  # a viewport of about 1440 x 900
WAIT = 30


def call(method, url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read().decode()).get("value")


def api(server, endpoint, **params):
    url = server + "api/" + endpoint + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read().decode())


class Page:
    def __init__(self, driver):
        self.driver = driver
        caps = {"browserName": "chrome", "goog:chromeOptions": {"args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--force-device-scale-factor=1", f"--window-size={WIDTH},{HEIGHT}", "--lang=en-US"]}}
        self.session = driver + "/session/" + call("POST", driver + "/session", {"capabilities": {"alwaysMatch": caps}})["sessionId"]
        call("POST", self.session + "/window/rect", {"width": WIDTH, "height": HEIGHT})

    def script(self, js, *args):
        return call("POST", self.session + "/execute/sync", {"script": js, "args": list(args)})

    def open(self, url, ready):
        call("POST", self.session + "/url", {"url": url})
        end = time.time() + WAIT
        while time.time() < end:
            if self.script("return document.body.dataset.ready === 'true' && (" + ready + ")"):
                time.sleep(0.6)  # fonts, the last frame of the charts
                return
            time.sleep(0.2)
        raise SystemExit(f"screenshots: {url} did not draw within {WAIT} s (waited for: {ready})")

    def save(self, path):
        with open(path, "wb") as out:
            out.write(base64.b64decode(call("GET", self.session + "/screenshot")))
        print(f"screenshots: {path}")

    def close(self):
        call("DELETE", self.session)


def main():
    server, driver, out = sys.argv[1].rstrip("/") + "/", sys.argv[2].rstrip("/"), sys.argv[3].rstrip("/")
    # what to show, chosen from the graph rather than named here: the organization with the most moves, the entity
    # with the most co-mentions among those only mentioned, the busiest flow
    flows = api(server, "flows")["flows"]
    busiest = flows[0]
    flow = f"{busiest.get('fromKey') or '?'}>{busiest.get('toKey') or '?'}"
    names = [e["name"] for e in api(server, "entities", limit=1000)["entities"]]
    pages = {name: api(server, "entity", name=name) for name in names}
    mentioned_only = [p for p in pages.values() if not p["events"] and not p["undatedEvents"] and not p["moves"]]
    entity = max(mentioned_only or pages.values(), key=lambda p: (len(p["coMentioned"]), p["mentions"]))["name"]
    with_events = max(pages.values(), key=lambda p: (len(p["events"]), len(p["coMentioned"])))["name"]

    page = Page(driver)
    try:
        shots = [
            ("timeline.png", "timeline", "Number(document.getElementById('timeline').dataset.items || 0) > 0"),
            ("entity.png", "entity?" + urllib.parse.urlencode({"name": with_events}),
             "document.getElementById('entity-page').dataset.state === 'shown'"),
            ("entity-mentioned.png", "entity?" + urllib.parse.urlencode({"name": entity}),
             "document.getElementById('entity-page').dataset.state === 'shown'"),
            ("moves.png", "moves?" + urllib.parse.urlencode({"flow": flow}),
             "Number(document.getElementById('flows').dataset.nodes || 0) > 0 && !!document.querySelector('#flow-details .move')"),
            ("path.png", "path?" + urllib.parse.urlencode({"from": entity, "to": with_events}),
             "Number(document.getElementById('path-graph').dataset.steps || 0) > 0"),
            ("explorer.png", "explorer?" + urllib.parse.urlencode({"entity": with_events}),
             "Number(document.getElementById('graph').dataset.nodes || 0) > 1"),
        ]
        if api(server, "conflicts")["count"]:
            shots.append(("conflicts.png", "conflicts", "document.querySelectorAll('#conflicts .conflict').length > 0"))
        else:
            print("screenshots: no two sources disagree on a date in this graph: conflicts.png left as it is")
        for file, address, ready in shots:
            page.open(server + address, ready)
            page.save(f"{out}/{file}")
        # the search box, given a name misspelt (two letters swapped): "did you mean"
        page.open(server + "timeline", "Number(document.getElementById('timeline').dataset.items || 0) > 0")
        word = with_events.split()[0]
        typo = word[:2] + word[3] + word[2] + word[4:] if len(word) > 4 else word[:-1]
        search = call("POST", page.session + "/element", {"using": "css selector", "value": "#search"})
        element = next(iter(search.values()))
        call("POST", page.session + f"/element/{element}/value", {"text": typo})
        end = time.time() + WAIT
        while not page.script("return document.querySelectorAll('#search-list [role=option]').length > 0"):
            if time.time() > end:
                raise SystemExit(f"screenshots: no suggestion for {typo!r}")
            time.sleep(0.2)
        time.sleep(0.4)
        page.save(f"{out}/search.png")
    finally:
        page.close()


if __name__ == "__main__":
    main()
