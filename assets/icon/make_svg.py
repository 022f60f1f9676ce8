#!/usr/bin/env python3
"""Draws Restride's icon as SVG: a road that winds up a hill towards a rising sun.

The road is a filled shape, wide in the foreground and narrow at the hilltop, so it reads as distance
and progress even at 16 px. Run: python3 make_svg.py > restride.svg
"""
import math

TEAL_SKY_TOP, TEAL_SKY_LOW = "#1C8087", "#0F5E63"
HILL_FAR, HILL_NEAR = "#0C4B4F", "#083B3E"
ROAD, SUN = "#F6EFE6", "#E07A5F"


def bezier(p0, p1, p2, p3, t):
    u = 1 - t
    return tuple(u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d for a, b, c, d in zip(p0, p1, p2, p3))


def road_outline():
    # the centre line, from the hilltop down to the bottom edge, in two S-bends
    segments = [((560, 560), (500, 610), (380, 650), (430, 730)),
                ((430, 730), (470, 800), (640, 850), (640, 1040))]
    points = []
    for s, seg in enumerate(segments):
        for i in range(0 if s == 0 else 1, 41):
            points.append(bezier(*seg, i / 40))
    left, right = [], []
    for i, (x, y) in enumerate(points):
        a = points[max(i - 1, 0)]
        b = points[min(i + 1, len(points) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy) or 1
        nx, ny = -dy / length, dx / length
        t = i / (len(points) - 1)
        half = 7 + 190 * t ** 1.7  # perspective: narrow far away, wide near
        left.append((x + nx * half, y + ny * half))
        right.append((x - nx * half, y - ny * half))
    outline = left + right[::-1]
    return "M " + " L ".join(f"{x:.1f} {y:.1f}" for x, y in outline) + " Z"


def svg():
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <title>Restride</title>
  <defs>
    <clipPath id="tile"><rect x="32" y="32" width="960" height="960" rx="216"/></clipPath>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{TEAL_SKY_TOP}"/>
      <stop offset="1" stop-color="{TEAL_SKY_LOW}"/>
    </linearGradient>
  </defs>
  <g clip-path="url(#tile)">
    <rect width="1024" height="1024" fill="url(#sky)"/>
    <circle cx="650" cy="470" r="170" fill="{SUN}"/>
    <path d="M 0 600 C 200 520 420 540 560 560 C 700 580 860 520 1024 470 L 1024 1024 L 0 1024 Z" fill="{HILL_FAR}"/>
    <path d="M 0 760 C 180 700 300 720 400 760 L 400 1024 L 0 1024 Z" fill="{HILL_NEAR}" opacity="0.7"/>
    <path d="{road_outline()}" fill="{ROAD}"/>
  </g>
</svg>
"""


if __name__ == "__main__":
    print(svg(), end="")
