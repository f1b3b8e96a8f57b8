import Foundation

/// An L2-regularised logistic regression fitted by Nesterov's accelerated gradient descent on
/// the whole data set at once: no random order and sums in a fixed order, so the same data give
/// the same weights on every run (the embedded model must be reproducible).
struct LogisticRegression {
    /// One example: its features (indices, repeated when a feature occurs again) each counted
    /// with `scale`, and its label.
    struct Example {
        var features: [Int32]
        var scale: Double
        var positive: Bool
    }

    var weights: [Double]
    var bias: Double

    /// Fits `examples` over `featureCount` features, minimising the mean log loss plus
    /// `l2 / 2` times the squared weights (the bias is not regularised).
    static func fit(_ examples: [Example], featureCount: Int, l2: Double, iterations: Int) -> LogisticRegression {
        // Step 1/L, with L bounding the curvature of the loss: a quarter of the mean squared
        // norm of the examples (bias included), plus the regulariser.
        var meanSquaredNorm = 0.0
        for example in examples {
            var counts: [Int32: Double] = [:]
            for feature in example.features { counts[feature, default: 0] += example.scale }
            meanSquaredNorm += counts.values.reduce(1) { $0 + $1 * $1 }
        }
        meanSquaredNorm /= Double(max(1, examples.count))
        let step = 1 / (0.25 * meanSquaredNorm + l2)
        let count = Double(max(1, examples.count))
        var weights = [Double](repeating: 0, count: featureCount), bias = 0.0
        var previousWeights = weights, previousBias = bias
        var gradient = [Double](repeating: 0, count: featureCount)
        for iteration in 0..<iterations {
            // Look ahead along the momentum, take the gradient there.
            let momentum = Double(iteration) / Double(iteration + 3)
            var lookahead = weights
            for index in lookahead.indices { lookahead[index] += momentum * (weights[index] - previousWeights[index]) }
            let lookaheadBias = bias + momentum * (bias - previousBias)
            for index in gradient.indices { gradient[index] = l2 * lookahead[index] }
            var biasGradient = 0.0
            for example in examples {
                var score = lookaheadBias
                for feature in example.features { score += lookahead[Int(feature)] * example.scale }
                let error = (1 / (1 + exp(-score))) - (example.positive ? 1 : 0)
                biasGradient += error / count
                let share = error * example.scale / count
                for feature in example.features { gradient[Int(feature)] += share }
            }
            previousWeights = weights
            previousBias = bias
            for index in weights.indices { weights[index] = lookahead[index] - step * gradient[index] }
            bias = lookaheadBias - step * biasGradient
        }
        return LogisticRegression(weights: weights, bias: bias)
    }
}
