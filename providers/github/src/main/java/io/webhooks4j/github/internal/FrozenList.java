package io.webhooks4j.github.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable list over elements that nothing else holds: what {@link GitHubRecordDeserializer} reads a JSON
 * array of a payload record into. Only this package creates one (from elements it has just read), so a record may
 * keep it as it is instead of copying it ({@link PayloadLists#own(List)}). Null elements are kept as sent, and
 * {@code contains(null)} is {@code false} rather than an exception; every change throws {@link
 * UnsupportedOperationException}, even one that would change nothing. A single element is held without an array.
 */
final class FrozenList<E> extends AbstractList<@Nullable E> implements RandomAccess {
    private static final FrozenList<?> EMPTY = new FrozenList<>(new Object[0], null, 0);

    /** The elements, the first {@code size} of them; {@code null} for a list of one. */
    private final @Nullable Object @Nullable [] elements;
    /** The element of a list of one. */
    private final @Nullable Object only;

    private final int size;

    private FrozenList(@Nullable Object @Nullable [] elements, @Nullable Object only, int size) {
        this.elements = elements;
        this.only = only;
        this.size = size;
    }

    /** A list of {@code element} alone. */
    static <E> List<@Nullable E> of(@Nullable Object element) {
        return new FrozenList<>(null, element, 1);
    }

    /** The first {@code size} of {@code elements}, which the caller hands over and never touches again. */
    @SuppressWarnings("unchecked")
    static <E> List<@Nullable E> adopt(@Nullable Object[] elements, int size) {
        if (size == 0) {
            return (List<@Nullable E>) EMPTY;
        }
        return new FrozenList<>(elements, null, size);
    }

    /** Whether {@code list} is a {@code FrozenList}: one nobody can change. */
    static boolean isFrozen(List<?> list) {
        return list instanceof FrozenList;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable E get(int index) {
        Objects.checkIndex(index, size);
        Object[] array = elements;
        return (E) (array == null ? only : array[index]);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(@Nullable E element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends @Nullable E> elements) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(@Nullable Object element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> elements) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> elements) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super @Nullable E> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(UnaryOperator<@Nullable E> operator) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sort(@Nullable Comparator<? super @Nullable E> order) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object[] toArray() {
        Object[] array = elements;
        return array == null ? new Object[] {only} : Arrays.copyOf(array, size, Object[].class);
    }
}
