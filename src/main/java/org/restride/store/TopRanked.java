package org.restride.store;

import java.util.Arrays;

/**
 * Keeps the best {@code limit} of many exercises by score (lower is better), ties by name rank, in a heap of
 * plain ints: ranking thousands of matches for every keystroke makes no garbage.
 */
final class TopRanked {
    private final int[] heap;
    private final double[] score;
    private final int[] nameRank;
    private int size;

    TopRanked(int limit, double[] score, int[] nameRank) {
        this.heap = new int[Math.max(0, Math.min(limit, score.length))];
        this.score = score;
        this.nameRank = nameRank;
    }

    void offer(int doc) {
        if (size < heap.length) {
            heap[size] = doc;
            siftUp(size++);
        } else if (size > 0 && before(doc, heap[0])) {
            heap[0] = doc;
            siftDown(0);
        }
    }

    /** The kept exercises, best first. */
    int[] inOrder() {
        Integer[] kept = new Integer[size];
        for (int i = 0; i < size; i++) {
            kept[i] = heap[i];
        }
        Arrays.sort(kept, (a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
        return Arrays.stream(kept).mapToInt(Integer::intValue).toArray();
    }

    private boolean before(int a, int b) {
        return score[a] < score[b] || (score[a] == score[b] && nameRank[a] < nameRank[b]);
    }

    /** The heap keeps the worst kept exercise on top, ready to be replaced. */
    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(heap[parent], heap[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (before(heap[worst], heap[child])) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
