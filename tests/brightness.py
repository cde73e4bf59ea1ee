"""How bright a screenshot is, for the bedtime theme's promise of no bright screen."""

from PySide6.QtGui import QColor, QImage

# Relative luminance (0 black .. 1 white). The daylight theme's background is about 0.88;
# on a bedtime screen even the text stays under half of that, and the whole is near black.
BRIGHTEST = 0.45
AVERAGE = 0.04


def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def brightness(image: QImage) -> tuple[float, float]:
    """(brightest, average) luminance over a grid of pixels."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    values = [
        luminance(image.pixelColor(x, y))
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
    ]
    return max(values), sum(values) / len(values)
