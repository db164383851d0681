#!/usr/bin/env python3
"""Writes the status page benchmark's data set in the demo seed's format (seed/statuspage.json):
3 products x 10 components, 1 000 resolved incidents over the last year (about a quarter inside the 90-day bars),
one open incident and one announced maintenance window. Deterministic (fixed random seed).
Usage: seed_statuspage.py OUT.json"""
import json, random, sys

rnd = random.Random(2026)
products, names = [], []
for p in range(3):
    components = [{"name": f"Onderdeel {c + 1} van product {p + 1}", "group": "App" if c < 5 else "Diensten"} for c in range(10)]
    names += [c["name"] for c in components]
    products.append({"slug": f"product-{p + 1}", "name": f"Product {p + 1}", "description": None, "components": components})
levels = ["DegradedPerformance", "PartialOutage", "MajorOutage"]
incidents = []
for i in range(1000):
    duration = rnd.randint(5, 239)
    incidents.append({
        "title": f"Storing {i + 1}", "minutesAgo": rnd.randint(60, 365 * 24 * 60 - 1), "durationMinutes": duration,
        "components": rnd.sample(names, rnd.randint(1, 2)), "level": rnd.choice(levels),
        "updates": [
            {"status": "Investigating", "minutes": 0, "message": "We onderzoeken een storing."},
            {"status": "Identified", "minutes": 3, "message": "De oorzaak is gevonden."},
            {"status": "Resolved", "minutes": duration, "message": "Opgelost."},
        ],
    })
incidents.append({
    "title": "Vertraagde pushberichten", "minutesAgo": 20, "durationMinutes": None, "components": [names[2]],
    "level": "DegradedPerformance",
    "updates": [{"status": "Identified", "minutes": 0, "message": "Pushberichten komen tot 10 minuten later aan."}],
})
maintenance = [{"title": "Database-upgrade", "description": "Korte onderbreking van de app-configuratie-API.", "inDays": 3,
                "durationMinutes": 60, "components": [names[1]]}]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump({"products": products, "incidents": incidents, "maintenance": maintenance}, f, ensure_ascii=False, indent=1)
