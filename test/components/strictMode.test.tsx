// Proves the `strict` project does what it says: render bodies run twice under <StrictMode>.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';

const strict = (globalThis as { __STRICT__?: boolean }).__STRICT__ === true;

describe('the StrictMode run', () => {
  it(strict ? 'renders every component twice (strict project)' : 'renders once outside the strict project', () => {
    let renders = 0;
    function Probe() {
      renders += 1;
      return <p>probe</p>;
    }
    render(<Probe />);
    expect(screen.getByText('probe')).toBeInTheDocument();
    expect(renders).toBe(strict ? 2 : 1);
  });
});
