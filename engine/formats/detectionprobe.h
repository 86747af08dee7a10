#pragma once
// Optional second interface of a parser, used only by format detection.
// Several parsers accept more than their own format on purpose (the combined
// parser takes common lines; the CloudFront parser takes any W3C file), so the
// fraction of Ok lines cannot tell close relatives apart. A parser that
// implements this says whether the last Ok line had exactly its own shape.

namespace es {

class DetectionProbe
{
public:
    virtual ~DetectionProbe() = default;
    virtual bool lastLineTypical() const = 0;
};

} // namespace es
