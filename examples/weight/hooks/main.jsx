// The baseline plus the hooks: AssetPayProvider + useInventory, rendering item names.
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { AssetPayProvider, useInventory } from 'react-assetpay';

function Greeting() {
  const { data } = useQuery({ queryKey: ['greeting'], queryFn: () => Promise.resolve('Hello') });
  return <p>{data ?? '…'}</p>;
}

function Items() {
  const { items } = useInventory({ game: 730 });
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>{item.name}</li>
      ))}
    </ul>
  );
}

const getToken = () => fetch('/api/assetpay-token').then((response) => response.text());

createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={new QueryClient()}>
    <Greeting />
    <AssetPayProvider getToken={getToken}>
      <Items />
    </AssetPayProvider>
  </QueryClientProvider>,
);
